/* TRUTH: free — the helper thread is created and joined under the same condition `parallel` (fixed before create); main writes `buf_len` in between only when !parallel, i.e. when no helper exists. */
#include <pthread.h>
#include <stdio.h>

static int buf_len;

static void *helper(void *arg)
{
    (void)arg;
    buf_len = 64;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    const int parallel = argc > 1;
    pthread_t t;
    if (parallel)
        pthread_create(&t, NULL, helper, NULL);
    if (!parallel)
        buf_len = 32;
    if (parallel)
        pthread_join(t, NULL);
    printf("%d\n", buf_len);
    return 0;
}
