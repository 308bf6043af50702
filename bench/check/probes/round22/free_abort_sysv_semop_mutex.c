/* TRUTH: race-free. (variant of ../free_sysv_semop_mutex.c: error paths abort() instead of return 1) A System V semaphore set to 1 is used as a mutex: semop(-1) before and semop(+1) after each update of `shared_total`, so the updates are mutually excluded and ordered (semop is among POSIX's memory-synchronizing functions). */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <sys/ipc.h>
#include <sys/sem.h>

union semun {
    int val;
    struct semid_ds *buf;
    unsigned short *array;
};

static int semid;
static long shared_total;

static void *worker(void *arg)
{
    struct sembuf down = {0, -1, 0}, up = {0, 1, 0};
    (void)arg;
    for (int i = 0; i < 100; i++) {
        semop(semid, &down, 1);
        shared_total += i;
        semop(semid, &up, 1);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    union semun arg;
    semid = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
    if (semid < 0)
        abort();
    arg.val = 1;
    semctl(semid, 0, SETVAL, arg);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    semctl(semid, 0, IPC_RMID);
    printf("%ld\n", shared_total);
    return 0;
}
