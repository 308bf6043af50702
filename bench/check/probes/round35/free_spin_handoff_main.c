/* TRUTH: free — main holds spin lock s while starting w and writing g; w writes g only after acquiring and releasing s, which can only happen after main's unlock. */
#include <pthread.h>
pthread_spinlock_t s;
int g;
void *w(void *p)
{
    pthread_spin_lock(&s);
    pthread_spin_unlock(&s);
    g = 2;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_spin_init(&s, 0);
    pthread_spin_lock(&s);
    pthread_create(&t, 0, w, 0);
    g = 1;
    pthread_spin_unlock(&s);
    pthread_join(t, 0);
    return g;
}
