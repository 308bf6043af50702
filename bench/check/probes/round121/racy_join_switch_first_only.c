/* TRUTH: racy — the create loop joins only worker 0 (case 0 of the switch); workers 1..3 keep writing their partial[] slots while main sums partial[] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define NW 4
static long partial[NW];

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int i = 0; i < 200; i++) {
        partial[id] += i;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    long sum = 0;
    for (long i = 0; i < NW; i++) {
        pthread_create(&t[i], NULL, worker, (void *)i);
        switch (i) {
        case 0:
            pthread_join(t[i], NULL);
            break;
        default:
            break;
        }
    }
    for (int k = 0; k < 200; k++) {
        for (int i = 0; i < NW; i++)
            sum += partial[i];
        usleep(100);
    }
    printf("%ld\n", sum);
    for (int i = 1; i < NW; i++)
        pthread_join(t[i], NULL);
    return 0;
}
