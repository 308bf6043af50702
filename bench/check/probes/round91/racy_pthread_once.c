/* racy: one thread reads the table without calling pthread_once, concurrently with
   the init routine run by another thread. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[8];

static void init_table(void) {
    for (int i = 0; i < 8; i++)
        table[i] = i * i;
}

static void *user(void *arg) {
    int k = *(int *)arg;
    pthread_once(&once, init_table);
    printf("%d\n", table[k]);
    return NULL;
}

static void *peek(void *arg) {
    (void)arg;
    printf("%d\n", table[3]);
    return NULL;
}

int main(void) {
    int k = 1;
    pthread_t a, b;
    pthread_create(&a, NULL, user, &k);
    pthread_create(&b, NULL, peek, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
