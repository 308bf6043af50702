/* TRUTH: racy — both table entries (op_add, op_mul) write global `acc`; the two threads started with these function pointers write acc concurrently. */
#include <pthread.h>
#include <stdio.h>

static int acc = 1;

static void *op_add(void *arg) { acc = acc + (int)(long)arg; return NULL; }
static void *op_mul(void *arg) { acc = acc * (int)(long)arg; return NULL; }

typedef void *(*op_fn)(void *);
static op_fn ops[2] = { op_add, op_mul };

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, ops[i], (void *)3L);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", acc);
    return 0;
}
