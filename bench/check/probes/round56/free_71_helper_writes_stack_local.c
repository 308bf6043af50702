/* TRUTH: free — each worker passes the address of its own stack local `acc` to accumulate(), which writes *dst; different threads' locals are different objects and the address never escapes; out[] by distinct index. */
#include <pthread.h>
#include <stdio.h>

static int out[2];

static void accumulate(int *dst, int v) { *dst += v; }

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    int acc = 0;
    for (int i = 0; i < 10; i++)
        accumulate(&acc, i + id);
    out[id] = acc;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
