// A thread library as pigz's yarn writes one: its memory comes through hooks a caller may
// replace (thr_mem(lease, vacate) stores them), launch() hands back a fresh object holding the
// thread's pthread_t (made joinable by an explicit attribute, kept in a list for join_all),
// reap() joins it and frees the object through the hook. The hooks are allocators only if the
// program passes thr_mem nothing but allocators (main.c passes malloc and free).
#include <pthread.h>
#include <stdlib.h>

typedef void *(*malloc_t)(size_t);
typedef void (*free_t)(void *);

struct thread {
    pthread_t id;
    struct thread *next;
};

struct capsule {
    void (*probe)(void *);
    void *payload;
};

static malloc_t my_malloc_f = malloc;
static free_t my_free = free;
static pthread_mutex_t threads_lock = PTHREAD_MUTEX_INITIALIZER;
static struct thread *threads;

void thr_mem(malloc_t lease, free_t vacate)
{
    my_malloc_f = lease;
    my_free = vacate;
}

static void *my_malloc(size_t size)
{
    void *block = my_malloc_f(size);
    if (block == NULL)
        abort();
    return block;
}

static void *ignition(void *arg)
{
    struct capsule *capsule = arg;
    capsule->probe(capsule->payload);
    my_free(capsule);
    return NULL;
}

struct thread *launch(void (*probe)(void *), void *payload)
{
    struct capsule *capsule = my_malloc(sizeof(struct capsule));
    capsule->probe = probe;
    capsule->payload = payload;
    pthread_mutex_lock(&threads_lock);
    struct thread *th = my_malloc(sizeof(struct thread));
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) || pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE))
        abort();
    if (pthread_create(&(th->id), &attr, ignition, capsule))
        abort();
    pthread_attr_destroy(&attr);
    th->next = threads;
    threads = th;
    pthread_mutex_unlock(&threads_lock);
    return th;
}

void reap(struct thread *ally)
{
    if (pthread_join(ally->id, NULL))
        abort();
    pthread_mutex_lock(&threads_lock);
    struct thread **prior = &threads;
    while (*prior != NULL && *prior != ally)
        prior = &(*prior)->next;
    if (*prior != NULL)
        *prior = ally->next;
    pthread_mutex_unlock(&threads_lock);
    my_free(ally);
}
