/* TRUTH: racy. Thread id writes slot (id>>1), so threads 0 and 1 both write slot 0. */
#include <pthread.h>

static int slots[8];

static void *w(void *arg)
{
    unsigned id = (unsigned)(long)arg;
    slots[id >> 1] = (int)id;
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    int s = 0;
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, w, (void *)i);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < 8; i++)
        s += slots[i];
    return s;
}
