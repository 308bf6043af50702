/* TRUTH: race-free. Both threads call bump(2, id); bump overwrites its parameter i through a pointer with i + id, so thread 0 writes data[2] and thread 1 writes data[3]. */
#include <pthread.h>
#include <stdio.h>

static int data[8];

static void shift(int *i, int by)
{
    *i += by;
}

static void bump(int i, int id)
{
    shift(&i, id);
    data[i] = data[i] * 2 + 1;
}

static void *w0(void *arg) { (void)arg; bump(2, 0); return NULL; }
static void *w1(void *arg) { (void)arg; bump(2, 1); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w0, NULL);
    pthread_create(&b, NULL, w1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", data[2], data[3]);
    return 0;
}
