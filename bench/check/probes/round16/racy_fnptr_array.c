// racy: the role table starts two writers (the second entry is writer too), and both update shared_total without a lock.
#include <pthread.h>
#include <stdio.h>
static long shared_total;

static void *reader(void *arg) { (void)arg; return NULL; }
static void *writer(void *arg)
{
    for (int i = 0; i < 100; i++)
        shared_total += i;
    return NULL;
}

static void *(*const roles[])(void *) = { writer, reader, writer };

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, roles[i], NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", shared_total);
    return 0;
}
