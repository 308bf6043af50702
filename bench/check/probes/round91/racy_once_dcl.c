/* racy: double-checked locking with a PLAIN int flag: the unlocked fast-path read of
   `inited` (and then of table[]) races with the write done inside the mutex. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t init_mu = PTHREAD_MUTEX_INITIALIZER;
static int inited;
static int table[16];

static const int *get_table(void) {
    if (!inited) {
        pthread_mutex_lock(&init_mu);
        if (!inited) {
            for (int i = 0; i < 16; i++)
                table[i] = i * 3;
            inited = 1;
        }
        pthread_mutex_unlock(&init_mu);
    }
    return table;
}

static void *user(void *arg) {
    int k = *(int *)arg;
    const int *t = get_table();
    printf("%d\n", t[k]);
    return NULL;
}

int main(void) {
    int k[3] = {1, 5, 9};
    pthread_t th[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&th[i], NULL, user, &k[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(th[i], NULL);
    return 0;
}
