/* TRUTH: free — main write()s only the first 4 bytes of 'gh' (the magic, set before the thread starts); the worker writes gh.len, bytes 4..7, which write() never reads */
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct hdr { uint32_t magic; uint32_t len; };
static struct hdr gh;

static void *framer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        gh.len = (uint32_t)i;            /* payload length of the next frame */
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    int fd = open("/dev/null", O_WRONLY);
    gh.magic = 0x57454654u;
    pthread_create(&t, NULL, framer, NULL);
    long sent = 0;
    for (int i = 0; i < 40; i++) {
        /* handshake: announce the magic word only */
        sent += write(fd, &gh, sizeof gh.magic);
        usleep(250);
    }
    pthread_join(t, NULL);
    close(fd);
    printf("%ld %u\n", sent, (unsigned)gh.len);
    return 0;
}
