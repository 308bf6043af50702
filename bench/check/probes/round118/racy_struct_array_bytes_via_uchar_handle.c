/* TRUTH: racy — the exporter checksums the bytes of the whole 'routes' array of structs through an unsigned char* handle while main updates routes[2].metric */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct route { uint32_t dst; uint16_t metric; uint16_t flags; };
static struct route routes[4];
static uintptr_t export_handle;
static size_t export_len;

static void *exporter(void *arg)
{
    (void)arg;
    const unsigned char *raw = (const unsigned char *)export_handle;
    unsigned sum = 0;
    for (int r = 0; r < 40; r++) {
        for (size_t i = 0; i < export_len; i++)
            sum = sum * 31 + raw[i];
        usleep(300);
    }
    printf("%u\n", sum);
    return NULL;
}

int main(void)
{
    pthread_t t;
    export_handle = (uintptr_t)routes;
    export_len = sizeof routes;
    pthread_create(&t, NULL, exporter, NULL);
    for (int i = 0; i < 40; i++) {
        routes[2].metric++;
        usleep(300);
    }
    pthread_join(t, NULL);
    return 0;
}
