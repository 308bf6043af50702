/* TRUTH: free. main stores pthread_self() before creating the reporter, which joins main (main ends with pthread_exit) before reading summary. */
#include <pthread.h>
#include <stdio.h>
static pthread_t main_thread;
static int summary;

static void *reporter(void *p)
{
    (void)p;
    pthread_join(main_thread, NULL);
    printf("%d\n", summary);
    return NULL;
}

int main(void)
{
    pthread_t r;
    main_thread = pthread_self();
    pthread_create(&r, NULL, reporter, NULL);
    summary = 12;
    pthread_exit(NULL);
}
