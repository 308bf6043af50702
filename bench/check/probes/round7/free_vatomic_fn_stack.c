/* TRUTH: free. push/pop on the bounded stack happen only inside __VERIFIER_atomic_ functions, which run atomically; main reads top after the joins. */
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

int __VERIFIER_atomic_pop(void)
{
    if (top == 0)
        return -1;
    return stack[--top];
}

static void *pusher(void *p)
{
    (void)p;
    for (int i = 0; i < 3; i++)
        __VERIFIER_atomic_push(i);
    return NULL;
}

static void *popper(void *p)
{
    (void)p;
    int k = 3;
    do {
        (void)__VERIFIER_atomic_pop();
    } while (--k);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pusher, NULL);
    pthread_create(&b, NULL, popper, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    assert(top >= 0 && top <= 3);
    return 0;
}
