/* TRUTH: race-free. main reads 'loaded' under m and asserts it is 1 (assert aborts otherwise, and NDEBUG is not defined); the loader sets loaded under m after filling names[0], so when main goes on to start the user thread, the loader's write happens before the user's write (unlock->lock->create). */
#include <assert.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int loaded;
static char names[4][16];

static void *loader(void *arg)
{
    (void)arg;
    names[0][0] = 'x';
    pthread_mutex_lock(&m);
    loaded = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *user(void *arg)
{
    (void)arg;
    names[0][0] = 'y';
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    sleep(1);
    pthread_mutex_lock(&m);
    int ok = loaded;
    pthread_mutex_unlock(&m);
    assert(ok == 1);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%c\n", names[0][0]);
    return 0;
}
