/* TRUTH: race-free. An EFD_SEMAPHORE eventfd starting at 1 is a binary semaphore: eventfd_read takes 1 (blocking at 0), eventfd_write gives it back, so the two workers' `total += i` never overlap and each critical section is ordered after the previous one through the eventfd. */
#include <pthread.h>
#include <stdio.h>
#include <sys/eventfd.h>

static int sem_fd;
static long total;

static void *worker(void *arg)
{
    eventfd_t v;
    (void)arg;
    for (int i = 0; i < 500; i++) {
        eventfd_read(sem_fd, &v); /* P */
        total += i;
        eventfd_write(sem_fd, 1); /* V */
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_fd = eventfd(1, EFD_SEMAPHORE);
    if (sem_fd < 0)
        return 1;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
