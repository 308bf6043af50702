/* racy: `fa` threads take ids from counter ca and `fb` threads from counter cb; both
   start at 0, so one fa thread and one fb thread write slots[0]. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ca, cb;
static int slots[4];

static void *fa(void *x) { (void)x; int id = atomic_fetch_add(&ca, 1); slots[id] = 1; return NULL; }
static void *fb(void *x) { (void)x; int id = atomic_fetch_add(&cb, 1); slots[id] = 2; return NULL; }

int main(void) {
    pthread_t t[4];
    pthread_create(&t[0], NULL, fa, NULL);
    pthread_create(&t[1], NULL, fa, NULL);
    pthread_create(&t[2], NULL, fb, NULL);
    pthread_create(&t[3], NULL, fb, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", slots[0], slots[1]);
    return 0;
}
