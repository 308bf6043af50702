/* TRUTH: race-free. main stores its own id before starting finisher, writes summary, then
   calls pthread_exit; finisher joins main_id (returns only after main has ended) before
   reading summary. */
#include <pthread.h>
#include <stdio.h>

static pthread_t main_id;
static int summary;

static void *finisher(void *arg)
{
    (void)arg;
    pthread_join(main_id, NULL);
    printf("summary %d\n", summary);
    return NULL;
}

int main(void)
{
    pthread_t f;
    main_id = pthread_self();
    pthread_create(&f, NULL, finisher, NULL);
    summary = 17;
    pthread_detach(f);
    pthread_exit(NULL);
}
