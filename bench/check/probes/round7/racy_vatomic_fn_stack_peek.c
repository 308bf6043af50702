/* TRUTH: racy. peek() is a plain function (not __VERIFIER_atomic_), so its reads of top/stack race with the pusher's atomic-section writes. */
#include <pthread.h>
#include <assert.h>
#define CAP 8
static int stack[CAP];
static int top;

void __VERIFIER_atomic_push(int v)
{
    if (top < CAP)
        stack[top++] = v;
}

static int peek(void)
{
    return top > 0 ? stack[top - 1] : -1;
}

static void *pusher(void *p)
{
    (void)p;
    for (int i = 0; i < 3; i++)
        __VERIFIER_atomic_push(i);
    return NULL;
}

static void *watcher(void *p)
{
    (void)p;
    int v = peek();
    assert(v < 3);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pusher, NULL);
    pthread_create(&b, NULL, watcher, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
