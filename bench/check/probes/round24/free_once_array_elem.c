/* TRUTH: race-free. Both threads call pthread_once on the same element onces[1] (statically initialized, never reset), so init_b runs once and b_val's write happens before both reads. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t onces[2] = {PTHREAD_ONCE_INIT, PTHREAD_ONCE_INIT};
static int b_val;

static void init_b(void)
{
    b_val = 17;
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&onces[1], init_b);
    printf("%d\n", b_val);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
