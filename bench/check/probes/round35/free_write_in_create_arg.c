/* TRUTH: free — `g++` inside pthread_create's argument list is evaluated before the call (sequence point before a function call, C11 6.5.2.2p10), so before w starts; w reads g; main touches g again only after the join. */
#include <pthread.h>
int g;
void *w(void *a) { return (void *)(long)(g + (long)a); }
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, (void *)(long)g++);
    pthread_join(t, 0);
    return g;
}
