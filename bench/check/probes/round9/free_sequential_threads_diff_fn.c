/* TRUTH: free. load_thread is joined before save_thread is created, so their accesses to buffer are ordered by join and create. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static char buffer[32];

static void *load_thread(void *arg) { (void)arg; strcpy(buffer, "data"); return NULL; }
static void *save_thread(void *arg) { (void)arg; buffer[0] = 'D'; return NULL; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, load_thread, NULL);
    pthread_join(t, NULL);
    pthread_create(&t, NULL, save_thread, NULL);
    pthread_join(t, NULL);
    puts(buffer);
    return 0;
}
