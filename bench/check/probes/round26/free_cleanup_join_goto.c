/* TRUTH: race-free. `goto report` leaves the block, which runs the cleanup join_thread(&worker):
   the fill thread is joined before main writes and reads table at report. */
#include <pthread.h>
#include <stdio.h>

static int table[4];

static void *fill(void *arg)
{
    (void)arg;
    table[0] = 7;
    table[1] = 8;
    return NULL;
}

static void join_thread(pthread_t *tp)
{
    pthread_join(*tp, NULL);
}

int main(int argc, char **argv)
{
    (void)argv;
    {
        pthread_t worker __attribute__((cleanup(join_thread)));
        pthread_create(&worker, NULL, fill, NULL);
        if (argc > 3)
            puts("filling");
        goto report; /* leaving the block joins the worker */
    }
report:
    table[0] = -1;
    printf("%d %d\n", table[0], table[1]);
    return 0;
}
