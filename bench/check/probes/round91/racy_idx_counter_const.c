/* racy: `f` threads claim unique ids with fetch_add, but `g` always writes slot[0],
   which the f thread that drew id 0 also writes. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int next_id;
static int slot[4];

static void *f(void *x) { (void)x; int id = atomic_fetch_add(&next_id, 1); slot[id] = id + 1; return NULL; }
static void *g(void *x) { (void)x; slot[0] = -1; return NULL; }

int main(void) {
    pthread_t t[3];
    pthread_create(&t[0], NULL, f, NULL);
    pthread_create(&t[1], NULL, f, NULL);
    pthread_create(&t[2], NULL, g, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", slot[0], slot[1]);
    return 0;
}
