// A spawning function run twice: its loop hands out the values 0 and 1 each time, so two
// threads of the four share each index.
#include <pthread.h>
#include <stdlib.h>

static int out[2];
static pthread_t t[4];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    free(arg);
    out[id]++; // RACE (possible): two threads get each id
    return NULL;
}

static void spawn(int base)
{
    for (int i = 0; i < 2; i++) {
        int *p = malloc(sizeof *p);
        if (!p)
            return;
        *p = i;
        pthread_create(&t[base + i], NULL, worker, p);
    }
}

int main(void)
{
    spawn(0);
    spawn(2);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
