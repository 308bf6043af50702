/* Racy: at the chunk's last index the counter is stepped once more through a pointer, so the body writes data[(id+1)*CH], the next thread's first element. */
#include <pthread.h>
#include <stdio.h>
#define T 4
#define CH 8
int data[(T + 1) * CH];
static void skip(int *k) { *k += 1; }
static void *work(void *arg)
{
    int id = (int)(long)arg;
    int i;
    for (i = id * CH; i < id * CH + CH; i++) {
        if (i == id * CH + CH - 1)
            skip(&i);
        data[i] = id;
    }
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", data[CH]);
    return 0;
}
