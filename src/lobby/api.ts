import { LobbyClient } from 'boardgame.io/client';

export const gameName = 'silicon-curtain';

/** boardgame.io's Lobby API client against our own server (same origin). */
export const lobby = new LobbyClient({ server: window.location.origin });
