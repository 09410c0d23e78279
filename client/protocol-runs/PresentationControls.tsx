import { Button, Group } from '@mantine/core';
import { Maximize, Minimize, Volume2, VolumeX } from 'lucide-react';
import { useFullscreen } from './useFullscreen';
import type { useSound } from './useSound';

/** Sound on, mute and full screen: the only controls on the projector view. */
export function PresentationControls({ sound }: { sound: ReturnType<typeof useSound> }) {
  const fullscreen = useFullscreen();
  return (
    <Group gap="xs">
      {sound.state === 'off' ? (
        <Button
          variant="default"
          leftSection={<Volume2 size={18} aria-hidden="true" />}
          onClick={sound.turnOn}
        >
          Turn on sound
        </Button>
      ) : (
        <Button
          variant="default"
          leftSection={
            sound.state === 'muted' ? (
              <VolumeX size={18} aria-hidden="true" />
            ) : (
              <Volume2 size={18} aria-hidden="true" />
            )
          }
          onClick={sound.toggleMute}
        >
          {sound.state === 'muted' ? 'Unmute' : 'Mute'}
        </Button>
      )}
      {fullscreen.isSupported && (
        <Button
          variant="default"
          leftSection={
            fullscreen.isFullscreen ? (
              <Minimize size={18} aria-hidden="true" />
            ) : (
              <Maximize size={18} aria-hidden="true" />
            )
          }
          onClick={fullscreen.toggle}
        >
          {fullscreen.isFullscreen ? 'Exit full screen' : 'Full screen'}
        </Button>
      )}
    </Group>
  );
}
