// A thread that joins main (main stored its own id, then called pthread_exit) runs on
// after all of main's accesses.
#include <pthread.h>

static pthread_t main_id;
static int config, progress;

static void *finisher(void *arg)
{
    (void)arg;
    progress++; // RACE: before joining main, main may still be writing it
    pthread_join(main_id, NULL);
    config++; // NORACE: main has ended
    return NULL;
}

int main(void)
{
    pthread_t t;
    main_id = pthread_self(); // NORACE: before the thread starts
    pthread_create(&t, NULL, finisher, NULL);
    config = 1; // NORACE
    progress = 1; // RACE
    pthread_exit(NULL);
}
