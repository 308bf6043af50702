// A lock taken in a for loop's increment is held from the second iteration on, not in the
// first; a thread a pthread_once routine starts runs on after pthread_once returns; elements
// of main's local array by constants are told apart (&arr[0] and &arr[1] to two threads,
// arr[1] written by main while a thread writes arr[0]).
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_t bg;
static int x, y;

static void *locker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; pthread_mutex_lock(&m)) {
        x++; // RACE (definite): unlocked in the first iteration
        i++;
        pthread_mutex_unlock(&m);
    }
    return 0;
}

static void *background(void *arg)
{
    (void)arg;
    y = 1; // RACE (possible): main writes y after pthread_once returns
    return 0;
}

static void start_bg(void) { pthread_create(&bg, 0, background, 0); }

static void *run(void *arg)
{
    int *p = arg;
    *p = 1; // NORACE: each thread its own element
    return 0;
}

int main(void)
{
    pthread_t a, b, c;
    int arr[3];
    pthread_create(&a, 0, locker, 0);
    pthread_mutex_lock(&m);
    x = 5;
    pthread_mutex_unlock(&m);
    pthread_once(&once, start_bg);
    y = 2; // RACE (possible)
    pthread_create(&b, 0, run, &arr[0]);
    pthread_create(&c, 0, run, &arr[1]);
    arr[2] = 3; // NORACE: no thread was handed arr[2]
    pthread_join(a, 0);
    pthread_join(b, 0);
    pthread_join(c, 0);
    pthread_join(bg, 0);
    return arr[0] + arr[1] + arr[2];
}
