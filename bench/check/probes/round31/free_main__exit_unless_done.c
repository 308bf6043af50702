/* TRUTH: race-free. main calls _exit unless it saw done=1 under m (set by stage1 after writing buf[0]); stage2 is created after that observation, so its write of buf[0] is ordered after stage1's. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int done;
static char buf[16];

static void *stage1(void *arg)
{
    (void)arg;
    buf[0] = 'a';
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *stage2(void *arg)
{
    (void)arg;
    buf[0] = 'b';
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stage1, NULL);
    sleep(1);
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    if (d != 1)
        _exit(3);
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%c\n", buf[0]);
    return 0;
}
