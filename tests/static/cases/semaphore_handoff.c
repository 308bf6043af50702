// A semaphore every sem_init starts at 0 is a signal: sem_wait returns only once some
// sem_post raised it. When one thread (running once) alone posts it, what that thread did
// before its first post comes before what a waiter does after a sem_wait. Not when the
// write follows a post, when two threads post, when the wait may fail (sem_trywait) or is
// on some paths only, when the semaphore starts at 1, or when a post goes through a pointer.
#include <pthread.h>
#include <semaphore.h>

static sem_t done, go, back, both, one, maybe, cond, counted;
static int result, request, reply, late, r1, r2, tried, branch, started;

static void *worker(void *arg)
{
    (void)arg;
    result = 42; // NORACE: posted after it, main reads it after its wait
    sem_post(&done);
    sem_wait(&go);
    reply = request * 2; // NORACE: main wrote the request before posting 'go'
    sem_post(&back);
    sem_post(&maybe);
    late = 1; // RACE (possible): written after the post main waits for
    tried = 1; // RACE (possible): main's sem_trywait may fail
    sem_post(&one);
    branch = 1; // RACE (possible): main waits only on some paths
    sem_post(&cond);
    started = 1; // RACE (possible): 'counted' starts at 1, the wait needs no post
    sem_post(&counted);
    return NULL;
}

static void *first(void *arg)
{
    (void)arg;
    r1 = 1; // RACE (possible): main's one wait may have taken the other thread's post
    sem_post(&both);
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    r2 = 2; // RACE (possible)
    sem_post(&both);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    sem_init(&done, 0, 0);
    sem_init(&go, 0, 0);
    sem_init(&back, 0, 0);
    sem_init(&both, 0, 0);
    sem_init(&one, 0, 0);
    sem_init(&maybe, 0, 0);
    sem_init(&cond, 0, 0);
    sem_init(&counted, 0, 1);
    pthread_t w, a, b;
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    sem_wait(&done);
    int r = result; // NORACE
    request = 21; // NORACE: the worker reads it only after main's post
    sem_post(&go);
    sem_wait(&back);
    r += reply; // NORACE: the worker posted 'back' after writing it
    sem_wait(&maybe);
    r += late; // RACE (possible)
    sem_trywait(&one);
    r += tried; // RACE (possible)
    if (argc > 1)
        sem_wait(&cond);
    r += branch; // RACE (possible)
    sem_wait(&counted);
    r += started; // RACE (possible)
    sem_wait(&both);
    r += r1 + r2; // RACE (possible)
    pthread_detach(w);
    pthread_detach(a);
    pthread_detach(b);
    return r;
}
