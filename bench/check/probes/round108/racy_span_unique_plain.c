/* TRUTH: racy — ids come from a locked counter; strcpy(&buf[id], "a") writes buf[id] and buf[id + 1], so ids 0 and 1 share buf[1] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static char buf[8];
static int next;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void *writer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mu);
    int id = next++;
    pthread_mutex_unlock(&mu);
    strcpy(&buf[id], "a");
    return 0;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, writer, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    puts(buf);
    return 0;
}
