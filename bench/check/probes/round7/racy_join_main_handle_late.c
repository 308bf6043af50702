/* TRUTH: racy. main stores main_thread after creating the reporter, which reads main_thread (to join it) concurrently. */
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
    pthread_create(&r, NULL, reporter, NULL);
    main_thread = pthread_self();
    summary = 12;
    pthread_exit(NULL);
}
