/* TRUTH: free — memcpy copies offsetof(struct msg, u) + 2 bytes (type, flags, u.raw[0..1]); the producer writes only m.u.raw[6], two bytes past the copied window; main reads after join */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct msg {
    uint16_t type;
    uint16_t flags;
    union {
        uint32_t code;
        uint8_t raw[8];
    } u;
    uint32_t crc;
};

static struct msg m;

static void *producer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        m.u.raw[6] = (uint8_t)i;
        usleep(100);
    }
    return NULL;
}

static void *forwarder(void *arg)
{
    struct msg *out = arg;
    for (int i = 0; i < 200; i++) {
        memcpy(out, &m, offsetof(struct msg, u) + 2);
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static struct msg out;
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, forwarder, &out);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", out.u.raw[1], m.u.raw[6]);
    return 0;
}
