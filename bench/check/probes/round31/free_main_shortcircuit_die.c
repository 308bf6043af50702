/* TRUTH: race-free. main ends the program via d || die() unless d. stage1 writes result before setting done under m; stage2 is created only after main saw done == 1 under m (otherwise the program ends), so stage1's write happens before stage2's. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int done;
static long result;

static void *stage1(void *arg)
{
    (void)arg;
    result = 100;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *stage2(void *arg)
{
    (void)arg;
    result = result * 2;
    return NULL;
}

static _Noreturn void die(const char *why)
{
    fprintf(stderr, "%s\n", why);
    exit(1);
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stage1, NULL);
    usleep(1000);
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    (void)(d || (die("stage1 not done"), 0));
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%ld\n", result);
    return 0;
}
