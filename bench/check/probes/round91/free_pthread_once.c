/* free: the table is filled by the pthread_once init routine; pthread_once returns only
   after init completed, so every thread's read is ordered after the writes. */
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

int main(void) {
    int k[3] = {1, 2, 7};
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, user, &k[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return 0;
}
