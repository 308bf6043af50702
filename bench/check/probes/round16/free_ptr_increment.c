// race-free: the encoder only writes frame[0] and frame[1] via the cursor, the stamper only writes frame[3].
#include <pthread.h>
#include <stdio.h>
static int frame[4];

static void *encoder(void *arg)
{
    int *w = &frame[0];
    *w = 0x7e;
    w++;
    *w = 16;
    return NULL;
}

static void *stamper(void *arg)
{
    frame[3] = 99;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, encoder, NULL);
    pthread_create(&b, NULL, stamper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", frame[0], frame[1]);
    return 0;
}
