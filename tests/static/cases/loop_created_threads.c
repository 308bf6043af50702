// Threads started in a loop's body run on through its next iterations: what the body does
// before its pthread_create happens again while the earlier iterations' threads run. The
// element a thread is handed (&slot[i]) is still its own: writing slot[i] before handing it
// out races with none of the earlier threads.
#include <pthread.h>

#define N 4

static int arg_value;
static int slot[N];

static void *reader(void *a)
{
    (void)a;
    return (void *)(long)arg_value; // RACE (possible): main sets it again for the next thread
}

static void *own(void *a)
{
    int *s = a;
    return (void *)(long)*s; // NORACE: its element, written before it started
}

int main(void)
{
    pthread_t t[N], u[N];
    for (int i = 0; i < N; i++) {
        arg_value = i; // RACE (possible)
        pthread_create(&t[i], NULL, reader, NULL);
    }
    for (int i = 0; i < N; i++) {
        slot[i] = i;
        pthread_create(&u[i], NULL, own, &slot[i]);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
    }
    return 0;
}
