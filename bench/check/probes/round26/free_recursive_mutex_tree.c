/* TRUTH: race-free. visit() recursively locks the recursive mutex rm at each level and counts
   nodes under it; both walkers hold rm for every access to nodes; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t rm;
static int nodes;

static void visit(int depth)
{
    pthread_mutex_lock(&rm);
    nodes++;
    if (depth > 0) {
        visit(depth - 1);
        visit(depth - 1);
    }
    pthread_mutex_unlock(&rm);
}

static void *walker(void *arg)
{
    visit((int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_t t1, t2;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &a);
    pthread_create(&t1, NULL, walker, (void *)3);
    pthread_create(&t2, NULL, walker, (void *)2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", nodes);
    return 0;
}
