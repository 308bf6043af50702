// A sync object's init and destroy write it; locking, waiting or posting it does not race with
// another use, but does with an init or destroy the analysis cannot order with it (as TSan and
// Helgrind report a mutex destroyed or initialized while in use).
#include <pthread.h>
#include <semaphore.h>

pthread_mutex_t early = PTHREAD_MUTEX_INITIALIZER; // set up before any thread: no init call
pthread_mutex_t late;
pthread_mutex_t torn;
pthread_mutex_t kept;
sem_t ready; // used by main alone
int data;

#define LOCKED(m, stmt) do { pthread_mutex_lock(&(m)); stmt; pthread_mutex_unlock(&(m)); } while (0)

static void *worker(void *arg)
{
    (void)arg;
    LOCKED(early, data++); // NORACE: a lock named inside a macro is the same lock
    pthread_mutex_lock(&late); // RACE (definite): main initializes it after starting this thread
    pthread_mutex_unlock(&late);
    pthread_mutex_lock(&torn); // RACE (definite): main destroys it while this thread may use it
    pthread_mutex_unlock(&torn);
    pthread_mutex_lock(&kept); // NORACE: destroyed after the join
    pthread_mutex_unlock(&kept);
    return NULL;
}

int main(void)
{
    pthread_t t, u;
    pthread_mutex_init(&torn, NULL);
    pthread_mutex_init(&kept, NULL); // NORACE: before the threads start
    sem_init(&ready, 0, 0);
    pthread_create(&t, NULL, worker, NULL);
    pthread_create(&u, NULL, worker, NULL);
    pthread_mutex_init(&late, NULL); // RACE (definite)
    LOCKED(early, data--); // NORACE
    pthread_mutex_destroy(&torn); // RACE (definite)
    pthread_join(t, NULL);
    pthread_join(u, NULL);
    pthread_mutex_destroy(&kept); // NORACE: after every join
    sem_destroy(&ready); // NORACE
    return data; // NORACE
}
