/* TRUTH: racy — the robust mutex's owner dies holding it, so main's lock succeeds but returns EOWNERDEAD and recover() writes repairs while the auditor writes it unlocked */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t rm;
static int repairs;

static void recover(int rc)
{
    if (rc != 0) { /* the lock is ours, but its last owner died holding it */
        if (rc != EOWNERDEAD)
            abort();
        repairs++;
        pthread_mutex_consistent(&rm);
    }
}

static void *dies_holding(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&rm);
    return NULL; /* ends holding rm */
}

static void *auditor(void *arg)
{
    (void)arg;
    repairs = 0; /* no lock */
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&rm, &a);
    pthread_t d, au;
    pthread_create(&au, NULL, auditor, NULL);
    pthread_create(&d, NULL, dies_holding, NULL);
    pthread_join(d, NULL);
    recover(pthread_mutex_lock(&rm)); /* EOWNERDEAD */
    pthread_mutex_unlock(&rm);
    pthread_join(au, NULL);
    printf("%d\n", repairs);
    return 0;
}
