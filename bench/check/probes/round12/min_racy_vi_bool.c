// racy: ids are _Bool, ids[1] == ids[2] == 1: threads 1 and 2 both write out[1].
#include <pthread.h>
#include <stdbool.h>
static int out[3];
static void *w(void *arg) { out[*(bool *)arg] = 1; return NULL; }
int main(void)
{
    pthread_t t[3];
    bool ids[3];
    for (int i = 0; i < 3; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, w, &ids[i]);
    }
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return out[1];
}
