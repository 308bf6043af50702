// The worker of semaphore_two_files: writes, then posts.
#include <semaphore.h>
#include <stddef.h>

extern sem_t done;
extern int result;

void *worker(void *arg)
{
    (void)arg;
    result = 42; // RACE (possible)
    sem_post(&done);
    return NULL;
}
