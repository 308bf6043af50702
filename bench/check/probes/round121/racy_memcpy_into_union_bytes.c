/* TRUTH: racy — memcpy copies offsetof(struct msg, u) + 6 bytes, i.e. type, flags and u.raw[0..5]; the producer writes m.u.raw[5] concurrently */
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
        m.u.raw[5] = (uint8_t)i;
        usleep(100);
    }
    return NULL;
}

static void *forwarder(void *arg)
{
    struct msg *out = arg;
    for (int i = 0; i < 200; i++) {
        memcpy(out, &m, offsetof(struct msg, u) + 6);
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
    printf("%u\n", out.u.raw[5]);
    return 0;
}
