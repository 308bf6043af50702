/* TRUTH: free — `tree_size` is accessed only while holding the recursive mutex rm (add_many takes it, then add_one re-takes it); main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t rm;
static int tree_size;

static void add_one(void)
{
    pthread_mutex_lock(&rm);
    tree_size++;
    pthread_mutex_unlock(&rm);
}

static void add_many(int k)
{
    pthread_mutex_lock(&rm);
    for (int i = 0; i < k; i++)
        add_one();
    tree_size += 0;
    pthread_mutex_unlock(&rm);
}

static void *worker(void *arg)
{
    add_many((int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_mutexattr_destroy(&at);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)5L);
    pthread_create(&b, NULL, worker, (void *)8L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", tree_size);
    return 0;
}
