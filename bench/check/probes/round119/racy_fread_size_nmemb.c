/* TRUTH: racy — fread(&ev, sizeof(uint16_t), 2, f) stores 4 bytes, type AND code, while the dispatcher reads ev.code */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

struct input_ev {
    uint16_t type;
    uint16_t code;
    int32_t value;
};

static struct input_ev ev = { 1, 30, 1 };

static void *reader(void *arg)
{
    FILE *f = arg;
    for (int i = 0; i < 60; i++) {
        /* fast path: only the type/code words are refreshed */
        if (fread(&ev, sizeof(uint16_t), 2, f) != 2)
            perror("fread");
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    unsigned keys = 0;
    FILE *f = fopen("/dev/zero", "r");
    if (!f)
        return 1;
    pthread_create(&t, NULL, reader, f);
    for (int i = 0; i < 60; i++) {
        if (ev.code == 30)
            keys++;
        usleep(200);
    }
    pthread_join(t, NULL);
    fclose(f);
    printf("keys=%u\n", keys);
    return 0;
}
