/* TRUTH: free — x is written only when trylock succeeded, or after falling back to a blocking lock; every write holds m */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
int fast, slow;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        if (pthread_mutex_trylock(&m) == 0) {
            x++;
            fast++;
            pthread_mutex_unlock(&m);
        } else {
            pthread_mutex_lock(&m);
            x++;
            slow++;
            pthread_mutex_unlock(&m);
        }
    }
    return 0;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return x == 100 && fast + slow == 100 ? 0 : 1;
}
