/* TRUTH: race-free. start_all() starts NW workers on distinct slots; if a create fails it
   jumps to 'fail' and joins the ones already started; main joins the rest. Each worker
   writes only its own slot, and main reads slots only after every started worker is
   joined. */
#include <pthread.h>
#include <stdio.h>

#define NW 3

static int slot[NW];
static pthread_t th[NW];
static int started;

static void *work(void *arg)
{
    int *s = arg;
    *s = 1;
    return NULL;
}

static int start_all(void)
{
    int i;
    for (i = 0; i < NW; i++) {
        if (pthread_create(&th[i], NULL, work, &slot[i]) != 0)
            goto fail;
    }
    started = NW;
    return 0;
fail:
    while (i-- > 0)
        pthread_join(th[i], NULL);
    started = 0;
    return -1;
}

int main(void)
{
    if (start_all() != 0)
        return 1;
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    printf("%d %d %d\n", slot[0], slot[1], slot[2]);
    return 0;
}
