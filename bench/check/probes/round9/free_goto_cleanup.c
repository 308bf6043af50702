/* TRUTH: free. Both error and normal paths goto a cleanup label that is still inside the locked region, so every access to errors and count is under m. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int count, errors;

static void *worker(void *arg)
{
    int v = *(int *)arg;
    for (int i = 0; i < 10; i++) {
        pthread_mutex_lock(&m);
        if (v + i > 12) {
            errors++;
            goto out;
        }
        count += v;
out:
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int va = 1, vb = 5;
    pthread_create(&a, NULL, worker, &va);
    pthread_create(&b, NULL, worker, &vb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", count, errors);
    return 0;
}
